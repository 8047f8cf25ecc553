package org.dpatracker.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/** Tells the user, in their language, that something worked or why it did not. */
public final class Notifications {

    private static final int DURATION_MS = 5000;

    private Notifications() {}

    public static void success(Component context, String messageKey, Object... arguments) {
        Notification notification = Notification.show(
                context.getTranslation(messageKey, arguments), DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component context, String message) {
        Notification notification = Notification.show(message, DURATION_MS * 2, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Shows the reason a service refused a request; anything unexpected is rethrown. */
    public static void refused(Component context, RuntimeException exception) {
        error(context, describe(context, exception));
    }

    /**
     * Runs a change a user asked for; when the service refuses it, shows why and returns false
     * (nothing was changed), otherwise shows the success message and returns true.
     */
    public static boolean attempt(Component context, Runnable change, String successKey, Object... arguments) {
        Supplier<Boolean> done = () -> {
            change.run();
            return true;
        };
        return attempt(context, done, successKey, arguments).isPresent();
    }

    /**
     * Runs a change a user asked for and returns its result; when the service refuses it, shows why and
     * returns empty (nothing was changed), otherwise shows the success message.
     */
    public static <T> Optional<T> attempt(
            Component context, Supplier<T> change, String successKey, Object... arguments) {
        T result;
        try {
            result = change.get();
        } catch (InvalidInputException | ConcurrentEditException | AccessDeniedException refused) {
            refused(context, refused);
            return Optional.empty();
        }
        success(context, successKey, arguments);
        return Optional.ofNullable(result);
    }

    public static String describe(Component context, RuntimeException exception) {
        return switch (exception) {
            case InvalidInputException invalid ->
                invalid.problems().stream()
                        .map(problem -> context.getTranslation(
                                problem.messageKey(), problem.arguments().toArray()))
                        .collect(Collectors.joining(" "));
            case ConcurrentEditException ignored -> context.getTranslation("error.concurrent-edit");
            case AccessDeniedException ignored -> context.getTranslation("error.access-denied");
            default -> throw exception;
        };
    }
}
