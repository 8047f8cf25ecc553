package org.dpatracker.core.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;

/**
 * Time left until a deadline, counting down live in the browser ("71 h 12 min left"), and how long
 * ago it passed once it has. The server renders the first value, so it reads right without scripts;
 * the browser keeps counting from the server's time, not its own.
 */
public class Countdown extends Span {

    public Countdown(Instant deadline, Instant now) {
        addClassName("countdown");
        String left = getTranslation("countdown.left", "{h}", "{m}");
        String passed = getTranslation("countdown.passed", "{h}", "{m}");
        setText(text(Duration.between(now, deadline), left, passed));
        getElement().executeJs("""
                const el = this, end = $0, left = $1, passed = $2, skew = $3 - Date.now();
                const show = () => {
                  let ms = end - (Date.now() + skew);
                  const template = ms >= 0 ? left : passed;
                  ms = Math.abs(ms);
                  const h = Math.floor(ms / 3600000), m = Math.floor((ms % 3600000) / 60000);
                  el.textContent = template.replace('{h}', h).replace('{m}', m);
                  el.classList.toggle('countdown-passed', template === passed);
                };
                show();
                clearInterval(el.countdownTimer);
                el.countdownTimer = setInterval(show, 15000);
                """, deadline.toEpochMilli(), left, passed, now.toEpochMilli());
        getElement().getClassList().set("countdown-passed", deadline.isBefore(now));
    }

    static String text(Duration remaining, String left, String passed) {
        String template = remaining.isNegative() ? passed : left;
        Duration abs = remaining.abs();
        return template.replace("{h}", String.valueOf(abs.toHours()))
                .replace("{m}", String.valueOf(abs.toMinutesPart()));
    }
}
