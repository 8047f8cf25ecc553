package org.dpatracker.tom;

import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dpatracker.core.Strings;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.history.IdWrite;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogues of technical and organisational measures. Three ship built in (Annex III of the
 * Commission clauses, the Art. 32(1) objectives, the German control structure); administrators add
 * catalogues and measures. Every change is in the history.
 */
@Service
public class TomCatalogueService {

    static final String CATALOGUE = "tom-catalogue";
    static final String MEASURE = "tom-measure";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");

    private final TomCatalogueRepository repository;
    private final ChangeRecorder history;

    TomCatalogueService(TomCatalogueRepository repository, ChangeRecorder history) {
        this.repository = repository;
        this.history = history;
    }

    @RolesAllowed({Permission.Names.REGISTER_READ, Permission.Names.CATALOGUES_MANAGE})
    @Transactional(readOnly = true)
    public List<TomCatalogue> findAll() {
        return repository.findAll();
    }

    @RolesAllowed(Permission.Names.CATALOGUES_MANAGE)
    @Transactional
    public TomCatalogue addCatalogue(String code, Bilingual name) {
        Validation validation = new Validation();
        checkCode(validation, code);
        checkName(validation, name, "name");
        validation.throwIfInvalid();
        long id = repository.insertCatalogue(code.trim(), trimmed(name));
        TomCatalogue saved = repository.findCatalogue(id).orElseThrow();
        history.inserted(
                CATALOGUE, id, Map.of("code", saved.code(), "name", saved.name().toString()));
        return saved;
    }

    /** Adds a measure ({@code id} null) or saves new labels for an existing one. */
    @RolesAllowed(Permission.Names.CATALOGUES_MANAGE)
    @Transactional
    public TomMeasure saveMeasure(TomMeasure input) {
        Validation validation = new Validation();
        checkName(validation, input.name(), "name");
        validation.require(
                input.group() == null
                        || (Strings.hasText(input.group().en())
                                && Strings.hasText(input.group().de())),
                "group",
                "tom.validation.both-languages");
        if (input.id() == null) {
            checkCode(validation, input.code());
            validation.require(
                    repository.findCatalogue(input.catalogueId()).isPresent(), "catalogueId", "validation.required");
        }
        validation.throwIfInvalid();
        Bilingual group = input.group() == null ? null : trimmed(input.group());
        return history.save(
                MEASURE,
                input.id(),
                new IdWrite<>(
                        () -> repository.insertMeasure(new TomMeasure(
                                null,
                                0,
                                input.catalogueId(),
                                input.code().trim(),
                                group,
                                trimmed(input.name()),
                                input.reference(),
                                repository.nextSortOrder(input.catalogueId()),
                                false)),
                        // code, catalogue and origin stay as they are; labels, reference and order change
                        before -> repository.updateMeasure(new TomMeasure(
                                before.id(),
                                input.version(),
                                before.catalogueId(),
                                before.code(),
                                group,
                                trimmed(input.name()),
                                input.reference(),
                                input.sortOrder() > 0 ? input.sortOrder() : before.sortOrder(),
                                before.builtIn())),
                        repository::findMeasure,
                        TomCatalogueService::state));
    }

    /** A new code: well-formed and not used yet. Existing codes never change. */
    private void checkCode(Validation validation, String code) {
        validation.require(code != null && CODE.matcher(code.trim()).matches(), "code", "tom.validation.code");
        validation.require(code == null || !repository.codeTaken(code.trim()), "code", "tom.validation.code-taken");
    }

    private static void checkName(Validation validation, Bilingual name, String field) {
        validation.require(
                name != null && Strings.hasText(name.en()) && Strings.hasText(name.de()),
                field,
                "tom.validation.both-languages");
        validation.require(
                name == null
                        || ((name.en() == null || name.en().length() <= 300)
                                && (name.de() == null || name.de().length() <= 300)),
                field,
                "validation.too-long",
                300);
    }

    private static Bilingual trimmed(Bilingual value) {
        return new Bilingual(value.en().trim(), value.de().trim());
    }

    private static Map<String, Object> state(TomMeasure m) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("catalogueId", m.catalogueId());
        state.put("code", m.code());
        state.put("group", m.group() == null ? null : m.group().toString());
        state.put("name", m.name().toString());
        state.put("reference", m.reference());
        state.put("sortOrder", m.sortOrder());
        state.put("version", m.version());
        return state;
    }
}
