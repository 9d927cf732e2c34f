"""What a store holds after ingest, as plain rows that compare equal across runs (ids left out)."""

from __future__ import annotations

from sqlalchemy import text

from camcensus.store import Store


def snapshot(store: Store) -> dict[str, list[tuple]]:
    with store.session() as session:

        def rows(sql: str) -> list[tuple]:
            return [tuple(r) for r in session.execute(text(sql)).all()]

        return {
            "documents": rows(
                "SELECT d.sha256, d.filename, d.source_path, d.status, d.size, d.pages, d.ocr_pages,"
                " p.sha256, d.email_message_id, d.extracted_at IS NOT NULL FROM documents d"
                " LEFT JOIN documents p ON p.id = d.parent_id ORDER BY d.sha256"
            ),
            "segments": rows(
                "SELECT d.sha256, s.seq, s.location, s.page, s.sheet, s.row, s.ocr, s.text FROM segments s"
                " JOIN documents d ON d.id = s.document_id ORDER BY d.sha256, s.seq"
            ),
            "messages": rows(
                "SELECT m.message_id, m.direction, m.subject, d.sha256 FROM messages m"
                " JOIN documents d ON d.id = m.document_id ORDER BY m.message_id"
            ),
            "evidence": rows(
                "SELECT d.sha256, e.kind, e.value, e.segment_seq, e.char_start, e.quote FROM evidence e"
                " JOIN documents d ON d.id = e.document_id ORDER BY 1, 2, 3, 4, 5"
            ),
            "failures": rows("SELECT path, reason FROM failures ORDER BY path"),
        }


def top_level_count(store: Store) -> int:
    with store.session() as session:
        return int(
            session.execute(text("SELECT count(*) FROM documents WHERE parent_id IS NULL")).scalar_one()
        )
