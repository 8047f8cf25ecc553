package org.dpatracker.history;

import org.dpatracker.support.H2Test;

@H2Test
class ChangeHistoryH2Test extends ChangeHistoryContract {}
