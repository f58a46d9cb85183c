package kg.omb.identity.domain;

@IdentityTest
class SignInSecurityRepositoriesOnH2Tests extends SignInSecurityRepositoriesContract {
}
