"""The record: chronicle's output contract (schema "chronicle/1") and how a Doc becomes one."""

from chronicle.record.build import doc_to_record, rejected_record
from chronicle.record.schema import SCHEMA_ID, Record, record_json_schema

__all__ = ["SCHEMA_ID", "Record", "doc_to_record", "record_json_schema", "rejected_record"]
