/** The popup's one kind of action button: `data-action` names it for styling and tests. */
export function actionButton(doc: Document, action: string, label: string, onClick: () => void): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.dataset.action = action;
  button.textContent = label;
  button.addEventListener('click', onClick);
  return button;
}
