package org.dpatracker.processor;

import org.dpatracker.support.H2Test;

@H2Test
class RegisterH2Test extends RegisterContract {}
