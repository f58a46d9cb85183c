package kg.omb.documents;

import java.util.List;

/** One page of the public registry: its entries, the page's number (from 0), its size and the total found. */
public record RegistryPage(List<RegistryEntry> entries, int page, int size, long total) {

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

}
