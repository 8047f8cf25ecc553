package org.dpatracker.webhook;

import org.dpatracker.support.H2Test;

@H2Test
class WebhookDeliveryH2Test extends WebhookDeliveryContract {}
