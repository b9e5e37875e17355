"""Writers (PDF, CSV, JSON, ICS) over plain data built by the services; never ORM, never Qt."""
