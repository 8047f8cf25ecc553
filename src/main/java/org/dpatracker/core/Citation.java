package org.dpatracker.core;

import java.util.Locale;

/**
 * A place in the GDPR: article, paragraph, subparagraph, sentence and point, each optional after the
 * article (0 or null where absent). Written the English way, "Art. 28(3)(a) GDPR", or in German legal
 * style, "Art. 28 Abs. 3 S. 2 lit. a DSGVO". The English form leaves the sentence out where a point
 * names the place, as the official English text does.
 */
public record Citation(int article, int paragraph, int subparagraph, int sentence, String point) {

    public static Citation article(int article) {
        return new Citation(article, 0, 0, 0, null);
    }

    public Citation paragraph(int number) {
        return new Citation(article, number, subparagraph, sentence, point);
    }

    public Citation subparagraph(int number) {
        return new Citation(article, paragraph, number, sentence, point);
    }

    public Citation sentence(int number) {
        return new Citation(article, paragraph, subparagraph, number, point);
    }

    public Citation point(String letter) {
        return new Citation(article, paragraph, subparagraph, sentence, letter);
    }

    /** In the language given, the regulation named at the end when {@code withAct}. */
    public String format(Locale locale, boolean withAct) {
        boolean german = "de".equals(locale.getLanguage());
        String place = german ? german() : english();
        return withAct ? place + (german ? " DSGVO" : " GDPR") : place;
    }

    private String english() {
        StringBuilder out = new StringBuilder("Art. ").append(article);
        if (paragraph > 0) {
            out.append('(').append(paragraph).append(')');
        }
        if (subparagraph > 1 && point == null) {
            out.append(" subpara. ").append(subparagraph);
        }
        if (point != null) {
            out.append('(').append(point).append(')');
        } else if (sentence > 0) {
            out.append(" sentence ").append(sentence);
        }
        return out.toString();
    }

    private String german() {
        StringBuilder out = new StringBuilder("Art. ").append(article);
        if (paragraph > 0) {
            out.append(" Abs. ").append(paragraph);
        }
        if (subparagraph > 1) {
            out.append(" UAbs. ").append(subparagraph);
        }
        if (sentence > 0) {
            out.append(" S. ").append(sentence);
        }
        if (point != null) {
            out.append(" lit. ").append(point);
        }
        return out.toString();
    }
}
