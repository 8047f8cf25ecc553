package org.dpatracker.processor.exchange;

/** The file formats of import and export. */
public enum ExchangeFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    ExchangeFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ExchangeFormat ofFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        for (ExchangeFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return format;
            }
        }
        throw new ImportRefusedException(java.util.List.of(
                new ImportProblem("", "", "import.unknown-format", java.util.List.of(String.valueOf(fileName)))));
    }
}
