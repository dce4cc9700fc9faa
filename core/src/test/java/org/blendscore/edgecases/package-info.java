/** Test generators that reach the overflow boundaries of long arithmetic on purpose (tests only, not exported). */
package org.blendscore.edgecases;
