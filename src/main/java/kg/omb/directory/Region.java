package kg.omb.directory;

/** The seven regions of the Kyrgyz Republic and its two cities of republican significance. */
public enum Region {

	BATKEN, JALAL_ABAD, ISSYK_KUL, NARYN, OSH_REGION, TALAS, CHUY, BISHKEK_CITY, OSH_CITY

}
