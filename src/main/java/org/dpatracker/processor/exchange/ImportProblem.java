package org.dpatracker.processor.exchange;

import java.util.List;

/** Why a value of an import was refused: where (line and column) and the message key with arguments. */
public record ImportProblem(String line, String column, String messageKey, List<Object> arguments) {}
