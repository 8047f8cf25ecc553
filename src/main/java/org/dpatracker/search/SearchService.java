package org.dpatracker.search;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The global search (Ctrl+K) over the register: a few results of each kind, best matches first. */
@Service
public class SearchService {

    /** Results per kind: enough to find an item, few enough to read at a glance. */
    public static final int PER_KIND = 6;

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 100;

    private final SearchQuery query;

    SearchService(SearchQuery query) {
        this.query = query;
    }

    /** Every kind the register holds is readable with the register; text shorter than two characters finds nothing. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<SearchHit> search(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.length() < MIN_LENGTH) {
            return List.of();
        }
        return query.find(typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed, PER_KIND);
    }
}
