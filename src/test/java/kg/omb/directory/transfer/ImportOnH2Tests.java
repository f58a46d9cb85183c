package kg.omb.directory.transfer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The import contract on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportOnH2Tests extends ImportContract {
}
