package org.dpatracker.webhook;

import org.dpatracker.support.PostgresTest;

@PostgresTest
class WebhookDeliveryPostgresIT extends WebhookDeliveryContract {}
