package org.dpatracker.api;

import org.dpatracker.support.H2Test;

@H2Test
class ApiContractTest extends ApiContract {}
