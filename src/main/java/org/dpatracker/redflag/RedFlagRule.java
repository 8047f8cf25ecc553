package org.dpatracker.redflag;

import java.util.List;

/** One rule of the register: finds its kind of problem in an agreement, or nothing. */
public interface RedFlagRule {

    List<RedFlag> check(AgreementFacts facts);
}
