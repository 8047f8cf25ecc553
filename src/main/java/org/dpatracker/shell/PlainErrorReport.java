package org.dpatracker.shell;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.dpatracker.core.Texts;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for errors the server answers before the application sees the request (an address it cannot decode, a
 * malformed header): the application's name and a short text in the browser's language, instead of the servlet
 * container's page with its name and version.
 */
public final class PlainErrorReport extends ErrorReportValve {

    /** Public and without arguments: the host creates it by its class name. */
    public PlainErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As the container's own report: only for errors sent and not yet answered, while the connection is usable.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        Locale locale = "de".equals(request.getLocale().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        String title = Texts.get(locale, status == 400 ? "server-error.bad-request" : "server-error.title");
        String page = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>" + escape(title) + " – "
                + escape(Texts.get(locale, "app.name")) + "</title></head><body style=\"font-family:sans-serif;"
                + "margin:2rem\"><p>" + escape(Texts.get(locale, "app.name")) + "</p><h1>" + escape(title) + " ("
                + status + ")</h1><p>" + escape(Texts.get(locale, "server-error.text")) + "</p><p><a href=\"/\">"
                + escape(Texts.get(locale, "server-error.home")) + "</a></p></body></html>";
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // The connection is gone or the answer already started: nothing more can be said.
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
