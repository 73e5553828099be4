"""ReportLab documents: form definitions from forms/ -> PDF; official-PDF filling."""
