"""Documents attached to a case, stored in the database so it stays the one thing to back up."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from consular.db.models import Document, DocumentBlob
from consular.domain import validation as v
from consular.domain.errors import NotFoundError, ValidationError
from consular.i18n import translate
from consular.repositories import records
from consular.services import need_to_know, search_index
from consular.services.audit import expect_version
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import case_reference, document_view, withheld_document_view
from consular.services.permissions import action
from consular.services.views import DocumentView
from consular.services.voiding import ensure_not_voided


def _size_text(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024
    return f"{n} bytes"


@action("documents.attach_document")
def attach_document(
    ctx: ServiceContext,
    reference: str,
    *,
    file_name: str,
    data: bytes,
    media_type: str | None = None,
    description: str | None = None,
    restricted: bool = False,
) -> DocumentView:
    """Store a file with its size and SHA-256. Files over the configured limit are refused
    (ValidationError on ``data`` saying the size and the limit); nothing is written then."""
    name = v.clean_text(Path(file_name or "").name, "file_name", required=True, max_length=255, label="file name")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ValidationError("data", translate("services.documents", "The document content must be bytes."))
    data = bytes(data)
    limit = ctx.settings.max_document_bytes
    if len(data) > limit:
        raise ValidationError(
            "data",
            translate(
                "services.documents",
                "'{name}' is {size_text}; the limit is {size_text2}. Attach a smaller file "
                "(compress or split it), or ask an administrator to raise "
                "CONSULAR_MAX_DOCUMENT_MB.",
            ).format(name=name, size_text=_size_text(len(data)), size_text2=_size_text(limit)),
        )
    if not data:
        raise ValidationError(
            "data", translate("services.documents", "'{name}' is empty; nothing to attach.").format(name=name)
        )
    media = (media_type or mimetypes.guess_type(name)[0] or "application/octet-stream")[:127]
    digest = hashlib.sha256(data).hexdigest()
    with ctx.writing() as session:
        case = load_case(session, reference)
        doc = Document(
            case_id=case.id,
            file_name=name,
            media_type=media,
            size_bytes=len(data),
            sha256=digest,
            description=v.clean_text(description, "description", max_length=20_000, multiline=True),
            restricted=bool(restricted),
            added_at=ctx.now(),
            added_by_id=ctx.actor.user_id,
        )
        session.add(doc)
        session.flush()
        session.add(DocumentBlob(document_id=doc.id, data=data))
        case.updated_at = ctx.now()
        session.flush()
        search_index.index_document(session, doc)
        ctx.audit(
            session,
            "document.attach",
            "document",
            doc.id,
            case_id=case.id,
            after={"file_name": name, "media_type": media, "size_bytes": len(data), "sha256": digest},
        )
        session.refresh(doc)
        return document_view(doc)


@action("documents.attach_file")
def attach_file(
    ctx: ServiceContext, reference: str, path: str | Path, *, description: str | None = None, restricted: bool = False
) -> DocumentView:
    """Attach a file from disk (checks the size before reading it all)."""
    file_path = Path(path)
    if not file_path.is_file():
        raise ValidationError(
            "file_name",
            translate("services.documents", "'{file_path}' is not a file that can be read.").format(
                file_path=file_path
            ),
        )
    size = file_path.stat().st_size
    if size > ctx.settings.max_document_bytes:
        raise ValidationError(
            "data",
            translate(
                "services.documents",
                "'{file_path_name}' is {size_text}; the limit is {size_text2}. Attach a smaller file.",
            ).format(
                file_path_name=file_path.name,
                size_text=_size_text(size),
                size_text2=_size_text(ctx.settings.max_document_bytes),
            ),
        )
    try:
        data = file_path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "file_name",
            translate("services.documents", "Cannot read '{file_path_name}': {strerror}.").format(
                file_path_name=file_path.name, strerror=exc.strerror
            ),
        ) from None
    return attach_document(
        ctx, reference, file_name=file_path.name, data=data, description=description, restricted=restricted
    )


@action("documents.list_documents")
def list_documents(ctx: ServiceContext, reference: str, *, include_voided: bool = True) -> list[DocumentView]:
    """A case's documents, newest first; restricted ones are placeholders for someone outside
    its team. Voided ones are listed (marked) unless ``include_voided`` is False."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        allowed = need_to_know.may_see(ctx, session, case.id)
        return [
            document_view(d) if allowed or not d.restricted else withheld_document_view(d)
            for d in records.documents(session, case.id, include_voided=include_voided)
        ]


@action("documents.document_data")
def document_data(ctx: ServiceContext, document_id: int) -> tuple[DocumentView, bytes]:
    """The document and its bytes; the hash is checked so a damaged file is never handed out.

    A restricted document is refused (PermissionDeniedError) to someone outside the case's
    team, and its reading is audited."""
    with ctx.transaction() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            raise NotFoundError(
                translate("services.documents", "There is no document #{document_id}.").format(document_id=document_id)
            )
        if doc.restricted:
            need_to_know.require_for(ctx, session, doc.case_id, case_reference(session, doc.case_id))
            ctx.record_read("restricted", "document", doc.id, case_id=doc.case_id)
        blob = session.get(DocumentBlob, document_id)
        data = bytes(blob.data) if blob else b""
        if hashlib.sha256(data).hexdigest() != doc.sha256:
            raise ValidationError(
                "data",
                translate(
                    "services.documents",
                    "The stored copy of '{file_name}' does not match its SHA-256; it is damaged. "
                    "Restore it from a backup.",
                ).format(file_name=doc.file_name),
            )
        return document_view(doc), data


@action("documents.edit_document")
def edit_document(
    ctx: ServiceContext,
    document_id: int,
    *,
    description: str | None = None,
    restricted: bool | None = None,
    expected_version: int | None = None,
) -> DocumentView:
    """Change a document's description or restricted mark (the file itself never changes).

    ``expected_version`` is the :attr:`DocumentView.version` loaded; a stale save raises
    ConflictError ("changed by X at T") and writes nothing. NotFoundError for an unknown id;
    PermissionDeniedError for a restricted document and someone outside the case's team (they
    see only that it exists, so they may not rewrite it).
    """
    with ctx.writing() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            raise NotFoundError(
                translate("services.documents", "There is no document #{document_id}.").format(document_id=document_id)
            )
        if doc.restricted:
            need_to_know.require_for(ctx, session, doc.case_id, case_reference(session, doc.case_id))
        ensure_not_voided(doc, "document")
        expect_version(session, doc, expected_version, "document", f"The document '{doc.file_name}'")
        changes: dict = {}
        if description is not None:
            changes["description"] = v.clean_text(description, "description", max_length=20_000, multiline=True)
        if restricted is not None:
            changes["restricted"] = bool(restricted)
        changes = {k: val for k, val in changes.items() if getattr(doc, k) != val}
        if changes:
            before = {k: getattr(doc, k) for k in changes}
            for key, val in changes.items():
                setattr(doc, key, val)
            session.flush()
            search_index.index_document(session, doc)
            ctx.audit(session, "document.edit", "document", doc.id, case_id=doc.case_id, before=before, after=changes)
            session.flush()
            session.refresh(doc)
        return document_view(doc)
