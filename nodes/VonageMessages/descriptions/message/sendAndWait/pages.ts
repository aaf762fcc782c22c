/**
 * The pages the recipient sees after tapping a link: plain HTML with inline styles, sized for a phone,
 * without JavaScript (n8n serves them in a sandbox, and link previews must never see a script run). Every
 * answer is a form POST: apps that fetch a link to preview it only GET, so a preview never answers.
 */

export function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;padding:24px 16px;background:#f4f4f6;color:#1f1f24;font:16px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
main{max-width:28rem;margin:0 auto;background:#fff;border:1px solid #dedee3;border-radius:12px;padding:24px}
h1{font-size:1.25rem;margin:0 0 12px}
.message{white-space:pre-wrap;overflow-wrap:anywhere;margin:0 0 20px}
.field{margin:0 0 16px;border:0;padding:0}
label,legend{display:block;font-weight:600;margin:0 0 6px}
label.choice{font-weight:400;margin:6px 0}
input,select,textarea{width:100%;font:inherit;padding:10px 12px;border:1px solid #b9b9c3;border-radius:8px;background:#fff}
input[type=checkbox],input[type=radio]{width:auto;margin-right:8px}
button{display:block;width:100%;font:inherit;font-weight:600;padding:14px;border:0;border-radius:8px;background:#1f1f24;color:#fff;cursor:pointer}
button.decline{background:#fff;color:#1f1f24;border:1px solid #1f1f24}
.required{color:#b3261e}
.note{color:#5c5c66;font-size:.875rem;margin:16px 0 0}
`;

/** A whole page around `body`; `title` is the tab's title and the heading. */
export function page(title: string, body: string): string {
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

function messageBlock(message: string): string {
	return message.trim() ? `<p class="message">${escapeHtml(message)}</p>` : '';
}

/**
 * The page an approval link opens: the message again and one button for the choice the link stands for.
 * The form posts to the page's own address, which is the signed link, so the answer is the one the link carries.
 */
export function approvalPage(message: string, choiceLabel: string, approved: boolean): string {
	return page(
		'Confirm your answer',
		`${messageBlock(message)}
<form method="post" enctype="multipart/form-data">
<input type="hidden" name="approved" value="${approved ? 'true' : 'false'}">
<button type="submit"${approved ? '' : ' class="decline"'}>${escapeHtml(choiceLabel)}</button>
</form>
<p class="note">Nothing is recorded until you tap the button.</p>`,
	);
}

/** The page a Free Text or Custom Form link opens: `fieldsHtml` are the form's controls. */
export function formPage(title: string, description: string, fieldsHtml: string, buttonLabel: string): string {
	return page(
		title,
		`${messageBlock(description)}
<form method="post" enctype="multipart/form-data">
${fieldsHtml}
<button type="submit">${escapeHtml(buttonLabel)}</button>
</form>`,
	);
}

/** Shown once the answer is recorded. */
export const RECORDED_PAGE = page('Thank you', '<p class="message">Your answer was recorded. You can close this page.</p>');

/** Shown when a submission cannot be recorded (a hand-made request: browsers enforce the form's rules). */
export function refusedPage(reason: string): string {
	return page('Answer not recorded', `<p class="message">${escapeHtml(reason)} Go back, correct the form and send it again.</p>`);
}
