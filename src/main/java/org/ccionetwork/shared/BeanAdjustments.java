package org.ccionetwork.shared;

import java.util.function.Consumer;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Adjusts every bean of a type once it is initialised, for the library beans that offer a setter but no
 * customizer (Spring Session's repository, Spring MVC's handler adapter). Declare the result as a
 * {@code static @Bean}, so it runs before the beans it adjusts are made.
 */
public final class BeanAdjustments {

    private BeanAdjustments() {
    }

    public static <T> BeanPostProcessor ofEvery(Class<T> type, Consumer<? super T> adjustment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (type.isInstance(bean)) {
                    adjustment.accept(type.cast(bean));
                }
                return bean;
            }
        };
    }
}
