package org.coplaunchpad.velocity;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/** A marker directive: renders nothing; {@link AntiXssPolicy} looks for it in the parsed template. */
abstract class AntiXssDirective extends Directive {

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        return true;
    }
}
