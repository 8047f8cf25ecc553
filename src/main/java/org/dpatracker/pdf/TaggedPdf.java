package org.dpatracker.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A small layout engine for tagged, archival documents: headings (with bookmarks), paragraphs and
 * tables that break across pages with their header row repeated. Every piece of text is marked
 * content owned by a structure element (Document, H1–H3, P, Table, TR, TH, TD); rules, fills and
 * the page footer are artifacts. {@link PdfArchive} adds the PDF/A and PDF/UA document level.
 */
public final class TaggedPdf implements AutoCloseable {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN_X = 50;
    static final float MARGIN_TOP = 56;
    static final float MARGIN_BOTTOM = 62;
    static final float BODY = 9.5f;
    static final float LEADING = 1.32f;
    static final float PAD = 3.5f;

    private final PDDocument document = new PDDocument();
    private final TextShaper shaper;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement body;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final Map<Integer, List<PDStructureElement>> parentTree = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private int nextMcid;
    private float y;

    /** A document in English. */
    public TaggedPdf(FontSet fonts) {
        this(fonts, Locale.ENGLISH);
    }

    /** @param language the language of the text, which decides how words too long for a line are divided */
    public TaggedPdf(FontSet fonts, Locale language) {
        shaper = new TextShaper(document, fonts, language);
        body = new PDStructureElement("Document", root);
        root.appendKid(body);
        newPage();
    }

    PDDocument document() {
        return document;
    }

    List<PDPage> pages() {
        return pages;
    }

    TextShaper shaper() {
        return shaper;
    }

    /** A heading; level 1 gets a bookmark and starts a new page when less than a third of the page is left. */
    public void heading(int level, String text) {
        float size = level == 1 ? 16 : level == 2 ? 12.5f : 10.5f;
        float width = PAGE_WIDTH - 2 * MARGIN_X;
        List<String> lines = shaper.wrap(text, size, width);
        float needed = lines.size() * size * LEADING + 4 * BODY * LEADING;
        if (level == 1 && y < PAGE_HEIGHT / 3) {
            newPage();
        } else if (y - needed < MARGIN_BOTTOM) {
            newPage();
        }
        y -= level == 1 && y < PAGE_HEIGHT - MARGIN_TOP - 1 ? size : level == 1 ? 0 : size * 0.6f;
        PDStructureElement heading = element("H" + level, body);
        if (level == 1) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(text);
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(page);
            destination.setTop((int) y);
            item.setDestination(destination);
            outline.addLast(item);
        }
        writeLines(heading, lines, MARGIN_X, size);
        y -= size * 0.4f;
    }

    public void paragraph(String text) {
        List<String> lines = shaper.wrap(text, BODY, PAGE_WIDTH - 2 * MARGIN_X);
        PDStructureElement paragraph = element("P", body);
        int from = 0;
        while (from < lines.size()) {
            int fit = Math.max(1, (int) ((y - MARGIN_BOTTOM) / (BODY * LEADING)));
            if (y - BODY * LEADING < MARGIN_BOTTOM) {
                newPage();
                continue;
            }
            List<String> part = lines.subList(from, Math.min(lines.size(), from + fit));
            writeLines(paragraph, part, MARGIN_X, BODY);
            from += part.size();
        }
        y -= BODY * 0.5f;
    }

    /** Label–value pairs as a two-column table whose labels are row headers. */
    public void facts(List<String[]> pairs) {
        new TableLayout(this, new float[] {0.32f, 0.68f}, List.of(), true)
                .rows(pairs.stream().map(List::of).toList());
    }

    /** A table with a header row that repeats on every page the table continues on. */
    public void table(List<String> headers, float[] widths, List<List<String>> rows) {
        new TableLayout(this, widths, headers, false).rows(rows);
    }

    public void space(float points) {
        y -= points;
    }

    /** The finished document: page footers, outline, structure tree; PDF/A metadata comes from {@link PdfArchive}. */
    public byte[] finish(PdfArchive.Metadata metadata) {
        try {
            closeContent();
            new PageFooters(this).write(metadata.footer());
            finishStructure();
            PdfArchive.apply(document, metadata);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- used by the table layout and the footers ----

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    PDPageContentStream content() {
        return content;
    }

    void newPage() {
        closeContent();
        page = new PDPage(PDRectangle.A4);
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        page.setStructParents(pages.size());
        document.addPage(page);
        pages.add(page);
        parentTree.put(pages.size() - 1, new ArrayList<>());
        nextMcid = 0;
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PAGE_HEIGHT - MARGIN_TOP;
    }

    PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    PDStructureElement tableElement(PDStructureElement parent, String type, String scope) {
        PDStructureElement element = element(type, parent);
        if (scope != null) {
            PDTableAttributeObject attributes = new PDTableAttributeObject();
            attributes.setScope(scope);
            element.addAttribute(attributes);
        }
        return element;
    }

    PDStructureElement body() {
        return body;
    }

    /** Writes lines top-down from the current position as one marked-content sequence of {@code owner}. */
    void writeLines(PDStructureElement owner, List<String> lines, float x, float size) {
        if (lines.isEmpty()) {
            return;
        }
        try {
            beginMarked(owner);
            for (String line : lines) {
                y -= size * LEADING;
                shaper.show(content, line, x, y + size * 0.25f, size);
            }
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws at a fixed position without moving the layout cursor. */
    void writeLinesAt(PDStructureElement owner, List<String> lines, float x, float top, float size) {
        float saved = y;
        y = top;
        writeLines(owner, lines, x, size);
        y = saved;
    }

    void beginArtifact() throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
    }

    private void beginMarked(PDStructureElement owner) throws IOException {
        int mcid = nextMcid++;
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        content.beginMarkedContent(COSName.getPDFName(owner.getStructureType()), PDPropertyList.create(properties));
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page);
        owner.appendKid(reference);
        parentTree.get(pages.size() - 1).add(owner);
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    private void finishStructure() {
        Map<Integer, org.apache.pdfbox.pdmodel.common.COSObjectable> numbers = new HashMap<>();
        parentTree.forEach((pageIndex, owners) -> {
            COSArray array = new COSArray();
            owners.forEach(owner -> array.add(owner.getCOSObject()));
            numbers.put(pageIndex, new PDParentTreeValue(array));
        });
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(pages.size());
        var catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setDocumentOutline(outline);
        catalog.setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }
}
