package org.dpatracker.evidence;

import java.io.InputStream;

/**
 * A document and a stream of its bytes, already checked once against the hash and checked again as they
 * are read. The receiver closes the stream.
 */
public record DocumentContent(Document document, InputStream stream) {}
