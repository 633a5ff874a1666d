/** The card's links, from the shared URL builders: ITU page and Word file of TDs, page of contributions. */
import { contributionPageUrl, tdFileUrl, tdPageUrl } from '../../shared/meeting/urls';
import type { DocumentUrls } from './card-model';

export const ituDocumentUrls: DocumentUrls = {
  page(ref, meeting) {
    if (ref.kind === 'td') return tdPageUrl(ref, meeting);
    if (ref.kind === 'contribution') return contributionPageUrl(ref, meeting);
    return null;
  },
  file(ref, meeting) {
    return ref.kind === 'td' ? tdFileUrl(ref, meeting) : null;
  },
};
