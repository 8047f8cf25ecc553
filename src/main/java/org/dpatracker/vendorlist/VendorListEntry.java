package org.dpatracker.vendorlist;

import java.util.Set;

/**
 * A sub-processor as the vendor's list names it: its name, what it does, where it processes (as written
 * and as the country codes recognised in it), and the line it stood on.
 */
public record VendorListEntry(int line, String name, String purpose, String location, Set<String> countries) {

    public VendorListEntry {
        countries = Set.copyOf(countries);
    }
}
