package org.dpatracker.core.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A long export shows how far it is, can be cancelled, and offers its file when done. */
class ExportPanelTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final CountDownLatch halfway = new CountDownLatch(1);
    private final CountDownLatch goOn = new CountDownLatch(1);

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void stopVaadin() {
        goOn.countDown();
        executor.shutdownNow();
        MockVaadin.tearDown();
    }

    @Test
    void theBarCountsTheItemsAndTheFinishedFileIsOfferedWithItsSize() throws InterruptedException {
        ExportPanel panel = panel();
        _click(_get(Button.class, spec -> spec.withId("test-export")));
        assertThat(UI.getCurrent().getPollInterval())
                .as("the page asks for progress")
                .isPositive();
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        poll();
        assertThat(status()).isEqualTo("1 of 3 done");
        assertThat(panel.getElement().getChild(1).getAttribute("value")).isEqualTo("1");
        assertThat(panel.getElement().getChild(1).getAttribute("max")).isEqualTo("3");

        goOn.countDown();
        waitFor(() -> !panel.isRunning());
        assertThat(status()).isEqualTo("Ready: 3 items.");
        assertThat(_get(Anchor.class, spec -> spec.withId("test-export-download"))
                        .getText())
                .isEqualTo("Download export.txt (2 KB)");
        assertThat(UI.getCurrent().getPollInterval())
                .as("no more polling once done")
                .isNegative();
    }

    @Test
    void cancelStopsTheExportAndOffersNoFile() throws InterruptedException {
        ExportPanel panel = panel();
        _click(_get(Button.class, spec -> spec.withId("test-export")));
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        _click(_get(Button.class, spec -> spec.withId("test-export-cancel")));
        assertThat(status()).isEqualTo("Cancelling…");

        goOn.countDown();
        waitFor(() -> !panel.isRunning());
        assertThat(status()).isEqualTo("Export cancelled. Nothing was saved.");
        assertThat(_find(Anchor.class, spec -> spec.withId("test-export-download")))
                .isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("test-export")).isEnabled())
                .as("it can be started again")
                .isTrue();
    }

    @Test
    void anExportNoLongerAllowedWhileItRanCannotBeStartedAgainOnceItEnds() throws InterruptedException {
        ExportPanel panel = panel();
        _click(_get(Button.class, spec -> spec.withId("test-export")));
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        panel.setEnabled(false);
        goOn.countDown();
        waitFor(() -> !panel.isRunning());
        assertThat(_get(Button.class, spec -> spec.withId("test-export")).isEnabled())
                .as("nothing is selected any more")
                .isFalse();
        panel.setEnabled(true);
        assertThat(_get(Button.class, spec -> spec.withId("test-export")).isEnabled())
                .isTrue();
    }

    @Test
    void anotherExportStillRunningKeepsThePageAskingForProgress() throws InterruptedException {
        ExportPanel slow = panel();
        ExportPanel quick = new ExportPanel(
                "quick-export",
                "Quick",
                "quick.txt",
                "text/plain",
                () -> progress -> {
                    progress.start(1);
                    progress.advance();
                    return new byte[1];
                },
                executor);
        UI.getCurrent().add(quick);
        _click(_get(Button.class, spec -> spec.withId("test-export")));
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        _click(_get(Button.class, spec -> spec.withId("quick-export")));
        waitFor(() -> !quick.isRunning());

        assertThat(UI.getCurrent().getPollInterval())
                .as("the slow export still shows its progress")
                .isPositive();
        goOn.countDown();
        waitFor(() -> !slow.isRunning());
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }

    private ExportPanel panel() {
        ExportPanel panel = new ExportPanel(
                "test-export",
                "Export",
                "export.txt",
                "text/plain",
                () -> progress -> {
                    progress.start(3);
                    progress.advance();
                    halfway.countDown();
                    try {
                        goOn.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    progress.advance();
                    progress.advance();
                    return new byte[2048];
                },
                executor);
        UI.getCurrent().add(panel);
        return panel;
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("test-export-status")).getText();
    }

    /** Lets the export's updates reach the screen, as the browser's polls would, until the condition holds. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean() && Instant.now().isBefore(until)) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        assertThat(condition.getAsBoolean()).as("the export ended").isTrue();
    }
}
