package org.dpatracker.demo;

import java.util.List;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.Subprocessor;

/** The seed agreements the later parts of the demo data set (measures, checklists, audits) refer to. */
record DemoAgreements(
        Agreement imk,
        Subprocessor axilaris,
        Agreement ubimax,
        Subprocessor azure,
        Agreement empolis,
        Agreement userlike,
        Agreement logMeIn,
        Agreement imstAnalytics,
        Agreement podtrac,
        Agreement wibuGoogle,
        Agreement bitly,
        Agreement joomag,
        Agreement hootsuite,
        List<Agreement> plugins) {}
