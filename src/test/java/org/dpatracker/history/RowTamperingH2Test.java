package org.dpatracker.history;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** On a database of its own, so that no other test's data makes the demo data set look tampered with. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:row-tampering;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class RowTamperingH2Test extends RowTamperingContract {}
