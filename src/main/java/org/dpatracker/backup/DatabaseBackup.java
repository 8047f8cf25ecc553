package org.dpatracker.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup just made: a ZIP file holding one SQL script that recreates every table with its rows. The file
 * is temporary; whoever receives it streams it to the user and deletes it.
 */
public record DatabaseBackup(String fileName, Path file, long size, String sha256, Instant madeAt) {}
