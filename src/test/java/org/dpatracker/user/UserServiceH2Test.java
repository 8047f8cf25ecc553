package org.dpatracker.user;

import org.dpatracker.support.H2Test;

@H2Test
class UserServiceH2Test extends UserServiceContract {}
