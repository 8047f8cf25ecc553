package org.dpatracker.core.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.dpatracker.core.ExportProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * A long export made in the background while the page stays usable: a button starts it, a progress bar and
 * "12 of 40" show how far it is, Cancel stops it, and the finished file is offered as a download link. The
 * export runs with the user's rights; leaving the page cancels it.
 */
public class ExportPanel extends HorizontalLayout {

    /** One export: reads what to export when started, then makes the file, counting in the progress. */
    @FunctionalInterface
    public interface Job {
        byte[] run(ExportProgress progress);
    }

    private static final Logger log = LoggerFactory.getLogger(ExportPanel.class);
    private static final int POLL_MILLIS = 400;
    private static final String RUNNING_ON_PAGE = ExportPanel.class.getName() + ".running";

    private final String fileName;
    private final String mediaType;
    private final Supplier<Job> jobs;
    private final Executor executor;
    private final Button start;
    private final Button cancel = new Button();
    private final Element bar = new Element("progress");
    private final Span status = new Span();
    private Anchor download;
    private ExportProgress running;
    private Registration polling;
    private boolean enabled = true;

    /**
     * @param id the start button's id; the others get it with "-cancel", "-progress", "-status", "-download"
     * @param jobs called when the user starts, on the screen's thread: it reads the choices and returns the job
     */
    public ExportPanel(
            String id, String startText, String fileName, String mediaType, Supplier<Job> jobs, Executor executor) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.jobs = jobs;
        this.executor = executor;
        addClassName("export-panel");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        setWrap(true);
        start = new Button(startText, click -> start());
        start.setId(id);
        cancel.setText(getTranslation("export.cancel"));
        cancel.setId(id + "-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> cancel());
        cancel.setVisible(false);
        bar.setAttribute("id", id + "-progress");
        bar.setAttribute("aria-label", startText);
        bar.getClassList().add("export-progress");
        bar.setVisible(false);
        status.setId(id + "-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("export-status");
        add(start, cancel, status);
        getElement().insertChild(1, bar);
    }

    /** Whether an export is running now. */
    public boolean isRunning() {
        return running != null;
    }

    /** Whether the export may be started, e.g. only once something is selected; kept while one runs. */
    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        start.setEnabled(enabled && running == null);
    }

    private void start() {
        if (running != null) {
            return;
        }
        UI ui = UI.getCurrent();
        Job job = jobs.get();
        ExportProgress progress = new ExportProgress();
        running = progress;
        removeDownload();
        start.setEnabled(false);
        cancel.setVisible(true);
        cancel.setEnabled(true);
        bar.removeAttribute("value");
        bar.setVisible(true);
        status.setText(getTranslation("export.reading"));
        polling = ui.addPollListener(poll -> showProgress());
        exportsRunning(ui, +1);
        executor.execute(DelegatingSecurityContextRunnable.create(
                () -> {
                    try {
                        byte[] file = job.run(progress);
                        ui.access(() -> finished(progress, file));
                    } catch (CancellationException stopped) {
                        ui.access(() -> stopped(progress, getTranslation("export.cancelled")));
                    } catch (RuntimeException failed) {
                        log.warn("An export of {} failed", fileName, failed);
                        ui.access(() -> stopped(progress, getTranslation("export.failed")));
                    }
                },
                null));
    }

    private void cancel() {
        if (running != null) {
            running.cancel();
            cancel.setEnabled(false);
            status.setText(getTranslation("export.cancelling"));
        }
    }

    private void showProgress() {
        ExportProgress progress = running;
        if (progress == null || progress.total() == 0 || progress.cancelled()) {
            return;
        }
        bar.setAttribute("max", String.valueOf(progress.total()));
        bar.setAttribute("value", String.valueOf(progress.done()));
        status.setText(getTranslation("export.progress", progress.done(), progress.total()));
    }

    private void finished(ExportProgress progress, byte[] file) {
        if (running != progress) {
            return;
        }
        end();
        status.setText(getTranslation("export.ready", progress.total()));
        download = Downloads.anchor(
                getTranslation("export.download", fileName, sizeText(file.length)), fileName, mediaType, () -> file);
        download.setId(start.getId().orElse("export") + "-download");
        add(download);
    }

    private void stopped(ExportProgress progress, String message) {
        if (running != progress) {
            return;
        }
        end();
        status.setText(message);
    }

    private void end() {
        running = null;
        getUI().ifPresent(this::stopPolling);
        bar.setVisible(false);
        cancel.setVisible(false);
        start.setEnabled(enabled);
    }

    private void removeDownload() {
        if (download != null) {
            remove(download);
            download = null;
        }
    }

    private String sizeText(int bytes) {
        return bytes < 1024 * 1024
                ? getTranslation("export.size-kb", Math.max(1, Math.round(bytes / 1024.0)))
                : getTranslation("export.size-mb", String.format(getLocale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (running != null) {
            running.cancel();
            running = null;
            stopPolling(detachEvent.getUI());
        }
        removeDownload();
        super.onDetach(detachEvent);
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            exportsRunning(ui, -1);
        }
    }

    /**
     * Counts the exports running on the page: it polls while any runs, so that one ending does not stop the
     * progress of another (the records page has two).
     */
    private static void exportsRunning(UI ui, int change) {
        Integer before = (Integer) ComponentUtil.getData(ui, RUNNING_ON_PAGE);
        int now = Math.max(0, (before == null ? 0 : before) + change);
        ComponentUtil.setData(ui, RUNNING_ON_PAGE, now);
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }
}
