package kg.omb.identity.domain;

import org.springframework.boot.test.context.SpringBootTest;

import kg.omb.support.PostgresTest;

@SpringBootTest
@PostgresTest
class SignInSecurityRepositoriesOnPostgresTests extends SignInSecurityRepositoriesContract {
}
