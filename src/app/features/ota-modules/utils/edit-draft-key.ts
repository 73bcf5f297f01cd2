/** Where an edit form's draft of a product's module is kept (see lib/form-draft.ts). */
export const editDraftPrefix = (productKey: string) => `modules:${productKey}:edit:`;
