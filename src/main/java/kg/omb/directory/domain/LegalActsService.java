package kg.omb.directory.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/** The legal acts as other modules read and cite them. */
@Service
@Transactional(readOnly = true)
class LegalActsService implements LegalActs {

	private final LegalActRecords acts;

	LegalActsService(LegalActRecords acts) {
		this.acts = acts;
	}

	@Override
	public Optional<LegalActView> find(long id) {
		return acts.findById(id).map(LegalAct::view);
	}

	@Override
	public List<LegalActView> issuedBy(ActIssuer issuer) {
		return acts.issuedBy(issuer.type(), issuer.id()).stream().map(LegalAct::view).toList();
	}

	@Override
	public List<LegalActView> withoutFile() {
		return acts.withoutFile().stream().map(LegalAct::view).toList();
	}

	@Override
	public LegalActView requireIssuedBy(long actId, ActIssuer... expected) {
		LegalActView act = find(actId).orElseThrow(() -> new NotFoundException("act.error.not-found", actId));
		if (!Arrays.asList(expected).contains(act.issuer())) {
			throw new DomainException("act.error.wrong-issuer", act.number());
		}
		return act;
	}

}
