package kg.omb.identity.domain;

import kg.omb.identity.IdentityIntegrationTest;

/** The identity repositories on the embedded H2 database (PostgreSQL mode). */
@IdentityIntegrationTest
class IdentityRepositoriesTests extends IdentityRepositoriesContract {

}
