package org.dpatracker.apitoken.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dpatracker.apitoken.ApiScope;
import org.dpatracker.apitoken.ApiTokenService;
import org.dpatracker.apitoken.IssuedToken;
import org.dpatracker.apitoken.NewApiToken;
import org.dpatracker.core.ui.FormMessage;

/** Asks for a new token's name, scopes and validity and makes it; the service checks the input again. */
class NewTokenDialog extends Dialog {

    private static final List<Integer> VALIDITIES = List.of(7, 30, 90, 180, NewApiToken.MAX_VALID_DAYS);

    NewTokenDialog(ApiTokenService tokens, Consumer<IssuedToken> created) {
        setHeaderTitle(getTranslation("apitoken.new"));
        TextField name = new TextField(getTranslation("apitoken.name"));
        name.setHelperText(getTranslation("apitoken.name.hint"));
        name.setWidthFull();
        CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(getTranslation("apitoken.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(scope -> getTranslation("apitoken.scope." + scope.name() + ".long"));
        scopes.setValue(Set.of(ApiScope.READ));
        Select<Integer> validity = new Select<>();
        validity.setLabel(getTranslation("apitoken.valid-days"));
        validity.setItems(VALIDITIES);
        validity.setItemLabelGenerator(days -> getTranslation("apitoken.days", days));
        validity.setValue(NewApiToken.DEFAULT_VALID_DAYS);
        FormMessage message = new FormMessage();
        add(message, name, scopes, validity);
        Button create = new Button(
                getTranslation("apitoken.create"),
                click -> message.attempt(
                                () -> tokens.create(
                                        new NewApiToken(name.getValue(), scopes.getValue(), validity.getValue())),
                                Map.of("name", name, "scopes", scopes, "validDays", validity),
                                "apitoken.created")
                        .ifPresent(issued -> {
                            close();
                            created.accept(issued);
                        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, create);
        setWidth("32rem");
    }
}
