"""Names the tests share for what the demo seed (seeds/demo/*.toml) and the test fixtures
hold, defined once so that a change to the seed is a change here.

The staff usernames are the same in the demo seed and in tests/fixtures_db.py's STAFF.
"""

# Demo cases, by the place they happened.
KAYES = "BAM-2025-0001"  # three hostages at a cement factory in Kayes, Mali; post Bamako
DELTA = "ABJ-2024-0001"  # an engineer kidnapped near Sapele, Delta State (closed); post Abuja
LOME = "LFW-2025-0001"  # a detention in Lomé, Togo
LANGTANG = "KTM-2025-0001"  # a trekker missing in the Langtang valley, Nepal; post Kathmandu

# Staff.
CASEWORKER = "a.sharma"  # Anjali Sharma, lead caseworker on KAYES
OTHER_CASEWORKER = "k.reddy"  # Kiran Reddy, caseworker
SUPERVISOR = "v.iyer"  # Vikram Iyer, supervisor
ADMIN = "n.joshi"  # Neha Joshi, administrator
VIEWER = "s.kapoor"  # Sameer Kapoor, read-only

# When the KAYES kidnapping happened; tests/service_helpers.open_case opens its cases at this time too.
INCIDENT = "2025-07-01T06:00:00+00:00"
