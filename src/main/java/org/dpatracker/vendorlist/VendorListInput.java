package org.dpatracker.vendorlist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.dpatracker.processor.exchange.ImportLimits;

/** What the DPO gave: pasted text (a copied table as HTML or tab-separated rows), or an uploaded CSV or XLSX file. */
public record VendorListInput(String text, String fileName, byte[] content) {

    public static VendorListInput pasted(String text) {
        return new VendorListInput(text == null ? "" : text, null, null);
    }

    /** The upload, read up to the import limit; a larger file is refused before it is held in memory. */
    public static VendorListInput upload(String fileName, InputStream in) {
        try {
            return new VendorListInput(null, fileName, ImportLimits.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isFile() {
        return content != null;
    }
}
