package kg.omb.directory;

import org.springframework.security.core.Authentication;

/**
 * Who may record an act of an issuer besides administrators and the issuer's own staff (an authority's officers, an
 * organisation's representatives). The association module contributes one so that the chair and secretary of an
 * OMB may record the acts of its base organisation (§16: membership is approved by the base organisation's order).
 * Recording is allowed when any rule allows it.
 */
public interface ActRecordingRule {

	boolean allows(Authentication person, ActIssuer issuer);

}
