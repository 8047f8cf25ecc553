/**
 * Our own published sub-processor list. Where our company is a processor (its Art. 30(2) records), the
 * processors it engages for that processing (the agreements linked to those records) and their sub-processors
 * are, to our customers, our sub-processors. The DPO chooses the fields and entries, publishes dated versions
 * with a summary of changes, and sends a notice before a new sub-processor takes effect; anonymous visitors read
 * the list as a page, JSON and Atom and subscribe by e-mail. Everything public is read from the published
 * versions only, which hold nothing but the chosen fields.
 */
package org.dpatracker.publication;
