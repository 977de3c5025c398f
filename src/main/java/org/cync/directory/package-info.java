/** Reading Entra ID users and groups, and the directory snapshot CYNC keeps of them in Derby. */
package org.cync.directory;
