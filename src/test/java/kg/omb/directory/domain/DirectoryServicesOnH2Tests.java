package kg.omb.directory.domain;

/** The directory's services on the embedded H2 database. */
class DirectoryServicesOnH2Tests extends DirectoryServicesContract {

}
