package org.dpatracker.search;

import org.dpatracker.support.H2Test;

@H2Test
class SearchServiceTest extends SearchContract {}
