package vn.coforms.renderer.layout;

import vn.coforms.framework.certificate.BoundCertificate;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.template.DataModel;

/**
 * What the page being painted is: which form and certificate, which copy, its number among the
 * pages, and the page box text that does not fit continues on.
 */
record PageContext(
    FormDefinition form,
    BoundCertificate certificate,
    DataModel data,
    String copy,
    int page,
    int pages,
    int annexPage) {}
