"""Public seizure reports (news stories, press releases) read into structured seizure records.

Layer: core. Imports only `kordon.domain` (its quantities and units among them); the services
fetch the reports and store the seizures read from them.
"""

from kordon.osint.extract import extract_text
from kordon.osint.records import (
    SeizureRecord,
    likely_duplicate,
    to_seizure,
    to_seizures,
)
from kordon.osint.report import MAX_REPORT_BYTES, ReportError, decode_report, parse_report

__all__ = [
    "MAX_REPORT_BYTES",
    "ReportError",
    "SeizureRecord",
    "decode_report",
    "extract_text",
    "likely_duplicate",
    "parse_report",
    "to_seizure",
    "to_seizures",
]
