// n8n loads this package's nodes and credentials from the paths listed under "n8n" in package.json;
// this entry point exists only so that `require('n8n-nodes-vonage-messages')` resolves.
module.exports = {};
